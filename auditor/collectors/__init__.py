"""Collectors: each produces facts (answers, exports, the browser) and decides nothing."""
