// Placeholder: the quick-exit enhancement (issue 3) replaces this.
export {};
