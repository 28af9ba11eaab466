"""Hardening: fewer requests and a faster first paint, the offline shim served locally, a name for
Material's search dialog, and a Content-Security-Policy computed on the finished page (last)."""
