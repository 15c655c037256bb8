"""Local development stack: an embedded AWS emulator (moto + request log + fault injection) and a runner for
`sls offline` against it. Nothing here is deployed (serverless.yml excludes generator/local/**).

    python -m generator.local dev       # API on http://127.0.0.1:3000 until Ctrl-C
    python -m generator.local demo      # start, run generator.client.run_demo, stop
    python -m generator.local.emulator  # the emulator alone
"""
