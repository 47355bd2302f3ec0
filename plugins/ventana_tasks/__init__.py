"""Support code for tasks.py (publish, livereload, validate). Not a Pelican plugin."""
