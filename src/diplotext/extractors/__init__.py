"""The built-in plugins, one package each, registered through the ``diplotext`` entry-point group.

Each package holds all of its extractor's rules; the core never imports them directly.
"""
