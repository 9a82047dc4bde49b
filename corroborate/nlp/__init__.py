"""spaCy-side code: the pipeline loader and the attribution component."""
