"""The clerk workspace: the queue, a request's detail and actions, the statistics."""
