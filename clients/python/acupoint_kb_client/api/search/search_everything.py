from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hit_kind import HitKind
from ...models.problem import Problem
from ...models.search_result import SearchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    kind: list[HitKind] | Unset = UNSET,
    limit: int | Unset = 10,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    params["q"] = q

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item: str = kind_item_data
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | SearchResult | None:
    if response.status_code == 200:
        response_200 = SearchResult.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem | SearchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[HitKind] | Unset = UNSET,
    limit: int | Unset = 10,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | Problem | SearchResult]:
    """Search points, conditions and regions

     Typo tolerant and script aware: codes in any format, pinyin with or without tones, hanzi, English
    names, symptoms and region names. Each hit says its `kind` and a `score` (100 = exact). When nothing
    matches well, `did_you_mean` lists close spellings we know.

    Args:
        q (str): What to look for: at most 12 words.
        kind (list[HitKind] | Unset): Only these kinds (repeatable); all kinds by default.
        limit (int | Unset): Most hits to return. Default: 10.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SearchResult]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        limit=limit,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[HitKind] | Unset = UNSET,
    limit: int | Unset = 10,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Any | Problem | SearchResult | None:
    """Search points, conditions and regions

     Typo tolerant and script aware: codes in any format, pinyin with or without tones, hanzi, English
    names, symptoms and region names. Each hit says its `kind` and a `score` (100 = exact). When nothing
    matches well, `did_you_mean` lists close spellings we know.

    Args:
        q (str): What to look for: at most 12 words.
        kind (list[HitKind] | Unset): Only these kinds (repeatable); all kinds by default.
        limit (int | Unset): Most hits to return. Default: 10.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SearchResult
    """

    return sync_detailed(
        client=client,
        q=q,
        kind=kind,
        limit=limit,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[HitKind] | Unset = UNSET,
    limit: int | Unset = 10,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | Problem | SearchResult]:
    """Search points, conditions and regions

     Typo tolerant and script aware: codes in any format, pinyin with or without tones, hanzi, English
    names, symptoms and region names. Each hit says its `kind` and a `score` (100 = exact). When nothing
    matches well, `did_you_mean` lists close spellings we know.

    Args:
        q (str): What to look for: at most 12 words.
        kind (list[HitKind] | Unset): Only these kinds (repeatable); all kinds by default.
        limit (int | Unset): Most hits to return. Default: 10.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SearchResult]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        limit=limit,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[HitKind] | Unset = UNSET,
    limit: int | Unset = 10,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Any | Problem | SearchResult | None:
    """Search points, conditions and regions

     Typo tolerant and script aware: codes in any format, pinyin with or without tones, hanzi, English
    names, symptoms and region names. Each hit says its `kind` and a `score` (100 = exact). When nothing
    matches well, `did_you_mean` lists close spellings we know.

    Args:
        q (str): What to look for: at most 12 words.
        kind (list[HitKind] | Unset): Only these kinds (repeatable); all kinds by default.
        limit (int | Unset): Most hits to return. Default: 10.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SearchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            kind=kind,
            limit=limit,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
        )
    ).parsed
