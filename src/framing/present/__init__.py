"""Presentation: charts, tables and titles, the figure manifest, the notebook runner, the report.

The only stage that imports matplotlib. Imports every lower stage; nothing imports it but the
CLI and the notebooks.
"""
