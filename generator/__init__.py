"""problem-generator: verified competitive-programming problems behind an async job API."""
