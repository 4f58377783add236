"""Loopback servers speaking the real wire formats of Yahoo and the exchanges."""
