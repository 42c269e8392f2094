"""A project's catalogs over time, read from git."""
