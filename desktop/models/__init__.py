"""Qt item models over the services: what tables and lists show, in the current language."""
