"""gettext files: read a catalog as gettext reads it, write it as ``msgcat --no-wrap`` writes it, make templates."""
