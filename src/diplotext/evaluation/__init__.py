"""Scoring the pipeline against gold data (diplotext gold JSON, TimeML, brat attributions)."""
