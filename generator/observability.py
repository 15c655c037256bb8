"""One Powertools Logger for the whole service (child loggers are orphaned when the service name in the
environment differs between imports), and metrics. Import cost is kept to the Logger alone."""
from __future__ import annotations

import os

from aws_lambda_powertools import Logger

SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME") or "problem-generator"

logger = Logger(service=SERVICE)
