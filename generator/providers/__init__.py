"""LLM problem generation (Amazon Bedrock, Google Gemini) behind the same verification gate as the offline
families.

- base.py       the provider protocol (one structured-output call), message/usage types, errors, backoff
- config.py     which providers a deployment enables and their models, read from the environment at call time
- api_keys.py   API keys from SSM Parameter Store / Secrets Manager through Powertools parameters (cached)
- bedrock.py    Bedrock Converse with a forced tool whose input schema is the draft schema
- gemini.py     google-genai (optional extra, imported lazily) with a JSON response schema
- spec.py       the pydantic models of the structured outputs and their JSON schemas
- chain.py      prompts, draft building (generator programs run in the sandbox), repair feedback, statement
- llm_maker.py  LlmProblemMaker: the ProblemMaker of the job service for one provider
- routing.py    RoutingProblemMaker: dispatches a job to the offline or an LLM maker by `request.provider`

Importing this package (or routing.py) loads nothing heavy: SDKs, the gate and the sandbox load in the worker.
"""
