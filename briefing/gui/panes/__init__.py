"""The detail panes of the main window; they talk through the SignalHub, never to each other."""
