"""Digital Trust Moderator: the desk of the "Niềm tin số" alliance's self-monitoring committee."""

__version__ = "0.1.0"
APP_NAME = "moderator-app"
