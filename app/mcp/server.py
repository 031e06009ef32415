"""The MCP server: its name, what it tells an assistant, and its tools."""

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from mcp.server import MCPServer

from app.mcp.tools import read_only_tools
from app.readmodel.holder import SnapshotHolder

NAME = "acupoint-kb"

INSTRUCTIONS = """\
acupoint-kb is a curated, cited knowledge base of acupressure points (the WHO's 361 meridian \
points and 48 extra points): names in pinyin, hanzi and English, how to find and press each \
point, what traditional sources say it helps with, when not to press, and routines.

Every answer that gives advice carries a `notice` (not medical advice) and its `sources`. \
Always show the notice to the person with anything you tell them from these tools, and \
name the sources you draw on. The uses described are traditional and anecdotal, not \
clinical evidence: say so, and never present them as diagnosis or treatment.

Ask about the person's situation before suggesting points, and pass it on: find_points \
and safety_check take pregnancy, skin problems and where, and pain that persists or \
worsens. Do not suggest points that answer 'avoid'. Pain that persists or worsens needs \
a qualified health professional.

Points can be named any way people write them (ST36, ST-36, Zusanli, 足三里, Leg Three \
Miles). When a tool answers with an error, read its `detail` and `hint`: they name close \
matches or the candidates an ambiguous name may mean. The tools only read."""


def serving(
    holder: SnapshotHolder,
) -> Callable[[MCPServer[SnapshotHolder]], AbstractAsyncContextManager[SnapshotHolder]]:
    """The server's lifespan: it hands each tool call the holder of the current read model."""

    @asynccontextmanager
    async def lifespan(_server: MCPServer[SnapshotHolder]) -> AsyncIterator[SnapshotHolder]:
        yield holder

    return lifespan


def build_server(holder: SnapshotHolder, version: str) -> MCPServer[SnapshotHolder]:
    # The SDK's constructor calls logging.basicConfig, which would configure the root logger
    # of a process whose logging is the application's business.
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        return MCPServer(
            NAME,
            title="Acupoint knowledge base",
            instructions=INSTRUCTIONS,
            version=version,
            tools=read_only_tools(),
            lifespan=serving(holder),
        )
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
