from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.safety_check_request import SafetyCheckRequest
from ...models.safety_check_result import SafetyCheckResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SafetyCheckRequest,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/safety-check",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SafetyCheckResult | None:
    if response.status_code == 200:
        response_200 = SafetyCheckResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Problem | SafetyCheckResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SafetyCheckRequest,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | SafetyCheckResult]:
    """Check points against a person's situation

     Given points (any identifiers) and a person's situation (pregnancy, skin problems and where, pain
    that persists or worsens), answers per point `ok`, `caution` or `avoid` with each reason and its
    source. Pain that persists or worsens always answers with the advice to seek professional care.
    Unknown or ambiguous points are a 422 listing each one with suggestions.

    Args:
        x_request_id (str | Unset):
        body (SafetyCheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SafetyCheckResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SafetyCheckRequest,
    x_request_id: str | Unset = UNSET,
) -> Problem | SafetyCheckResult | None:
    """Check points against a person's situation

     Given points (any identifiers) and a person's situation (pregnancy, skin problems and where, pain
    that persists or worsens), answers per point `ok`, `caution` or `avoid` with each reason and its
    source. Pain that persists or worsens always answers with the advice to seek professional care.
    Unknown or ambiguous points are a 422 listing each one with suggestions.

    Args:
        x_request_id (str | Unset):
        body (SafetyCheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SafetyCheckResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SafetyCheckRequest,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | SafetyCheckResult]:
    """Check points against a person's situation

     Given points (any identifiers) and a person's situation (pregnancy, skin problems and where, pain
    that persists or worsens), answers per point `ok`, `caution` or `avoid` with each reason and its
    source. Pain that persists or worsens always answers with the advice to seek professional care.
    Unknown or ambiguous points are a 422 listing each one with suggestions.

    Args:
        x_request_id (str | Unset):
        body (SafetyCheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SafetyCheckResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SafetyCheckRequest,
    x_request_id: str | Unset = UNSET,
) -> Problem | SafetyCheckResult | None:
    """Check points against a person's situation

     Given points (any identifiers) and a person's situation (pregnancy, skin problems and where, pain
    that persists or worsens), answers per point `ok`, `caution` or `avoid` with each reason and its
    source. Pain that persists or worsens always answers with the advice to seek professional care.
    Unknown or ambiguous points are a 422 listing each one with suggestions.

    Args:
        x_request_id (str | Unset):
        body (SafetyCheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SafetyCheckResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
