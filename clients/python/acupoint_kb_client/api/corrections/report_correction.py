from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correction_report import CorrectionReport
from ...models.correction_status_out import CorrectionStatusOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CorrectionReport,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/corrections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CorrectionStatusOut | Problem | None:
    if response.status_code == 202:
        response_202 = CorrectionStatusOut.from_dict(response.json())

        return response_202

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CorrectionStatusOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CorrectionReport,
    x_request_id: str | Unset = UNSET,
) -> Response[CorrectionStatusOut | Problem]:
    """Report a mistake in a record

     Anyone may report; the report waits for a curator. Answers 202 with the correction's id: `GET
    /v1/corrections/{id}` follows its status. Strictly rate limited; the contact is never shown
    publicly.

    Args:
        x_request_id (str | Unset):
        body (CorrectionReport): A mistake someone found in a record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectionStatusOut | Problem]
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
    body: CorrectionReport,
    x_request_id: str | Unset = UNSET,
) -> CorrectionStatusOut | Problem | None:
    """Report a mistake in a record

     Anyone may report; the report waits for a curator. Answers 202 with the correction's id: `GET
    /v1/corrections/{id}` follows its status. Strictly rate limited; the contact is never shown
    publicly.

    Args:
        x_request_id (str | Unset):
        body (CorrectionReport): A mistake someone found in a record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectionStatusOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CorrectionReport,
    x_request_id: str | Unset = UNSET,
) -> Response[CorrectionStatusOut | Problem]:
    """Report a mistake in a record

     Anyone may report; the report waits for a curator. Answers 202 with the correction's id: `GET
    /v1/corrections/{id}` follows its status. Strictly rate limited; the contact is never shown
    publicly.

    Args:
        x_request_id (str | Unset):
        body (CorrectionReport): A mistake someone found in a record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectionStatusOut | Problem]
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
    body: CorrectionReport,
    x_request_id: str | Unset = UNSET,
) -> CorrectionStatusOut | Problem | None:
    """Report a mistake in a record

     Anyone may report; the report waits for a curator. Answers 202 with the correction's id: `GET
    /v1/corrections/{id}` follows its status. Strictly rate limited; the contact is never shown
    publicly.

    Args:
        x_request_id (str | Unset):
        body (CorrectionReport): A mistake someone found in a record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectionStatusOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
