"""The guided audit as a local web page (``auditor serve``).

``security`` keeps the door shut, ``conversation`` rebuilds the audit from the store on
every request, ``pages`` prepares what each page shows (the templates only place values),
``render`` fills the templates in ``reports/web/``, ``app`` wires the routes and
``server`` runs it on 127.0.0.1. Nothing here is imported unless ``serve`` runs.
"""
