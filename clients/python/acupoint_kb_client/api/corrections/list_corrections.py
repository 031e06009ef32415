from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correction_out import CorrectionOut
from ...models.correction_status import CorrectionStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: CorrectionStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/corrections",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[CorrectionOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CorrectionOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | list[CorrectionOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: CorrectionStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | list[CorrectionOut]]:
    """List the corrections (curators)

     The moderation queue, oldest first; `status=pending` for what waits.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        status (CorrectionStatus | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Items to skip. Default: 0.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CorrectionOut]]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        offset=offset,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: CorrectionStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    x_request_id: str | Unset = UNSET,
) -> Problem | list[CorrectionOut] | None:
    """List the corrections (curators)

     The moderation queue, oldest first; `status=pending` for what waits.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        status (CorrectionStatus | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Items to skip. Default: 0.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CorrectionOut]
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        offset=offset,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: CorrectionStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | list[CorrectionOut]]:
    """List the corrections (curators)

     The moderation queue, oldest first; `status=pending` for what waits.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        status (CorrectionStatus | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Items to skip. Default: 0.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CorrectionOut]]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        offset=offset,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: CorrectionStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    x_request_id: str | Unset = UNSET,
) -> Problem | list[CorrectionOut] | None:
    """List the corrections (curators)

     The moderation queue, oldest first; `status=pending` for what waits.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        status (CorrectionStatus | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Items to skip. Default: 0.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CorrectionOut]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
        )
    ).parsed
