"""Jobs: the request model, the snapshot, the service (submit, status, work, cancel) and its ports."""
