"""The knowledge base as an MCP server: read-only tools over the same read model as the API,
served over streamable HTTP at /mcp (inside the API's app) and over stdio (`python -m app mcp`).
"""
