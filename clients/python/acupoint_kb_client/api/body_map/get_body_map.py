from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_map import BodyMap
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/body-map",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BodyMap | Problem | None:
    if response.status_code == 200:
        response_200 = BodyMap.from_dict(response.json())

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
) -> Response[Any | BodyMap | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | BodyMap | Problem]:
    """Get the body map

     The body figure's views (front, back, side; each an SVG with its viewBox size) and, for every point
    with a location, where the figure shows it: `x` and `y` are shares (0–1) of the view's width and
    height from the top-left of its viewBox, `side` is the person's own side (in the front view their
    left is on the viewer's right). Bilateral points have a site on each side, multi-site extra points
    every site. Positions are approximate, for display: the location text of each point
    (`/v1/points/{ref}`) is the reference. One cacheable answer for the whole map.

    Args:
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BodyMap | Problem]
    """

    kwargs = _get_kwargs(
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
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Any | BodyMap | Problem | None:
    """Get the body map

     The body figure's views (front, back, side; each an SVG with its viewBox size) and, for every point
    with a location, where the figure shows it: `x` and `y` are shares (0–1) of the view's width and
    height from the top-left of its viewBox, `side` is the person's own side (in the front view their
    left is on the viewer's right). Bilateral points have a site on each side, multi-site extra points
    every site. Positions are approximate, for display: the location text of each point
    (`/v1/points/{ref}`) is the reference. One cacheable answer for the whole map.

    Args:
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BodyMap | Problem
    """

    return sync_detailed(
        client=client,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | BodyMap | Problem]:
    """Get the body map

     The body figure's views (front, back, side; each an SVG with its viewBox size) and, for every point
    with a location, where the figure shows it: `x` and `y` are shares (0–1) of the view's width and
    height from the top-left of its viewBox, `side` is the person's own side (in the front view their
    left is on the viewer's right). Bilateral points have a site on each side, multi-site extra points
    every site. Positions are approximate, for display: the location text of each point
    (`/v1/points/{ref}`) is the reference. One cacheable answer for the whole map.

    Args:
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BodyMap | Problem]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Any | BodyMap | Problem | None:
    """Get the body map

     The body figure's views (front, back, side; each an SVG with its viewBox size) and, for every point
    with a location, where the figure shows it: `x` and `y` are shares (0–1) of the view's width and
    height from the top-left of its viewBox, `side` is the person's own side (in the front view their
    left is on the viewer's right). Bilateral points have a site on each side, multi-site extra points
    every site. Positions are approximate, for display: the location text of each point
    (`/v1/points/{ref}`) is the reference. One cacheable answer for the whole map.

    Args:
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BodyMap | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
        )
    ).parsed
