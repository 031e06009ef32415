from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_page import ChangePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: int | Unset = 0,
    limit: int | Unset = 500,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    params["since"] = since

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/changes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangePage | Problem | None:
    if response.status_code == 200:
        response_200 = ChangePage.from_dict(response.json())

        return response_200

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChangePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: int | Unset = 0,
    limit: int | Unset = 500,
    x_request_id: str | Unset = UNSET,
) -> Response[ChangePage | Problem]:
    """List what changed since a cursor

     Created, updated and deleted records after `since` (an export's `cursor`, or the `next_cursor` of
    the previous page), oldest first. To apply them to an export's records, give each record its index
    within its kind as its position; then, in order, `upsert` sets the record of `kind` and `key` to
    `content` at `position` and `delete` removes it. Once `has_more` is false, each kind ordered by
    position is exactly what a fresh export holds: every record whose position changes gets an `upsert`
    with its new position.

    Needs an API key of the role `partner` or `curator` (`Authorization: Bearer <key>`).

    Args:
        since (int | Unset): The cursor to continue from (0: from the start). Default: 0.
        limit (int | Unset): Most changes per page. Default: 500.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: int | Unset = 0,
    limit: int | Unset = 500,
    x_request_id: str | Unset = UNSET,
) -> ChangePage | Problem | None:
    """List what changed since a cursor

     Created, updated and deleted records after `since` (an export's `cursor`, or the `next_cursor` of
    the previous page), oldest first. To apply them to an export's records, give each record its index
    within its kind as its position; then, in order, `upsert` sets the record of `kind` and `key` to
    `content` at `position` and `delete` removes it. Once `has_more` is false, each kind ordered by
    position is exactly what a fresh export holds: every record whose position changes gets an `upsert`
    with its new position.

    Needs an API key of the role `partner` or `curator` (`Authorization: Bearer <key>`).

    Args:
        since (int | Unset): The cursor to continue from (0: from the start). Default: 0.
        limit (int | Unset): Most changes per page. Default: 500.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return sync_detailed(
        client=client,
        since=since,
        limit=limit,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: int | Unset = 0,
    limit: int | Unset = 500,
    x_request_id: str | Unset = UNSET,
) -> Response[ChangePage | Problem]:
    """List what changed since a cursor

     Created, updated and deleted records after `since` (an export's `cursor`, or the `next_cursor` of
    the previous page), oldest first. To apply them to an export's records, give each record its index
    within its kind as its position; then, in order, `upsert` sets the record of `kind` and `key` to
    `content` at `position` and `delete` removes it. Once `has_more` is false, each kind ordered by
    position is exactly what a fresh export holds: every record whose position changes gets an `upsert`
    with its new position.

    Needs an API key of the role `partner` or `curator` (`Authorization: Bearer <key>`).

    Args:
        since (int | Unset): The cursor to continue from (0: from the start). Default: 0.
        limit (int | Unset): Most changes per page. Default: 500.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: int | Unset = 0,
    limit: int | Unset = 500,
    x_request_id: str | Unset = UNSET,
) -> ChangePage | Problem | None:
    """List what changed since a cursor

     Created, updated and deleted records after `since` (an export's `cursor`, or the `next_cursor` of
    the previous page), oldest first. To apply them to an export's records, give each record its index
    within its kind as its position; then, in order, `upsert` sets the record of `kind` and `key` to
    `content` at `position` and `delete` removes it. Once `has_more` is false, each kind ordered by
    position is exactly what a fresh export holds: every record whose position changes gets an `upsert`
    with its new position.

    Needs an API key of the role `partner` or `curator` (`Authorization: Bearer <key>`).

    Args:
        since (int | Unset): The cursor to continue from (0: from the start). Default: 0.
        limit (int | Unset): Most changes per page. Default: 500.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            limit=limit,
            x_request_id=x_request_id,
        )
    ).parsed
