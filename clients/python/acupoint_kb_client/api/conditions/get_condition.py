from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.condition_detail import ConditionDetail
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
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
        "url": "/v1/conditions/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConditionDetail | Problem | None:
    if response.status_code == 200:
        response_200 = ConditionDetail.from_dict(response.json())

        return response_200

    if response.status_code == 300:
        response_300 = Problem.from_dict(response.json())

        return response_300

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Any | ConditionDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | ConditionDetail | Problem]:
    """Get a condition and the points for it

     `slug` may be the condition's slug, its name or any synonym, in any case or spacing (`lower-back-
    pain`, `Lower back pain`, `lumbago`, `DOMS`). Answers the points a source says help, ranked
    (relevance 1 first), each with how to press it and the cautions that apply, the routines for the
    condition, and the sources. Claims are traditional use, not clinical evidence: display the `notice`.
    An unknown condition gets 404 with close names in `hint`.

    Args:
        slug (str): Slug, name or synonym of the condition.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConditionDetail | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Any | ConditionDetail | Problem | None:
    """Get a condition and the points for it

     `slug` may be the condition's slug, its name or any synonym, in any case or spacing (`lower-back-
    pain`, `Lower back pain`, `lumbago`, `DOMS`). Answers the points a source says help, ranked
    (relevance 1 first), each with how to press it and the cautions that apply, the routines for the
    condition, and the sources. Claims are traditional use, not clinical evidence: display the `notice`.
    An unknown condition gets 404 with close names in `hint`.

    Args:
        slug (str): Slug, name or synonym of the condition.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConditionDetail | Problem
    """

    return sync_detailed(
        slug=slug,
        client=client,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | ConditionDetail | Problem]:
    """Get a condition and the points for it

     `slug` may be the condition's slug, its name or any synonym, in any case or spacing (`lower-back-
    pain`, `Lower back pain`, `lumbago`, `DOMS`). Answers the points a source says help, ranked
    (relevance 1 first), each with how to press it and the cautions that apply, the routines for the
    condition, and the sources. Claims are traditional use, not clinical evidence: display the `notice`.
    An unknown condition gets 404 with close names in `hint`.

    Args:
        slug (str): Slug, name or synonym of the condition.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConditionDetail | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Any | ConditionDetail | Problem | None:
    """Get a condition and the points for it

     `slug` may be the condition's slug, its name or any synonym, in any case or spacing (`lower-back-
    pain`, `Lower back pain`, `lumbago`, `DOMS`). Answers the points a source says help, ranked
    (relevance 1 first), each with how to press it and the cautions that apply, the routines for the
    condition, and the sources. Claims are traditional use, not clinical evidence: display the `notice`.
    An unknown condition gets 404 with close names in `hint`.

    Args:
        slug (str): Slug, name or synonym of the condition.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConditionDetail | Problem
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
        )
    ).parsed
