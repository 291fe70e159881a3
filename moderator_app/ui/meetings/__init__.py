"""The meetings window and its hooks into the queue."""
