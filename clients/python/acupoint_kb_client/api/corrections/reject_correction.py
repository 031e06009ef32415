from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correction_out import CorrectionOut
from ...models.problem import Problem
from ...models.reject_correction import RejectCorrection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    correction_id: str,
    *,
    body: RejectCorrection,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/corrections/{correction_id}/reject".format(
            correction_id=quote(str(correction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CorrectionOut | Problem | None:
    if response.status_code == 200:
        response_200 = CorrectionOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[CorrectionOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    correction_id: str,
    *,
    client: AuthenticatedClient,
    body: RejectCorrection,
    x_request_id: str | Unset = UNSET,
) -> Response[CorrectionOut | Problem]:
    """Reject a correction (curators)

     Closes it with the reason the reporter will see.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        correction_id (str): The id the report answered with.
        x_request_id (str | Unset):
        body (RejectCorrection):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectionOut | Problem]
    """

    kwargs = _get_kwargs(
        correction_id=correction_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    correction_id: str,
    *,
    client: AuthenticatedClient,
    body: RejectCorrection,
    x_request_id: str | Unset = UNSET,
) -> CorrectionOut | Problem | None:
    """Reject a correction (curators)

     Closes it with the reason the reporter will see.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        correction_id (str): The id the report answered with.
        x_request_id (str | Unset):
        body (RejectCorrection):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectionOut | Problem
    """

    return sync_detailed(
        correction_id=correction_id,
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    correction_id: str,
    *,
    client: AuthenticatedClient,
    body: RejectCorrection,
    x_request_id: str | Unset = UNSET,
) -> Response[CorrectionOut | Problem]:
    """Reject a correction (curators)

     Closes it with the reason the reporter will see.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        correction_id (str): The id the report answered with.
        x_request_id (str | Unset):
        body (RejectCorrection):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectionOut | Problem]
    """

    kwargs = _get_kwargs(
        correction_id=correction_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    correction_id: str,
    *,
    client: AuthenticatedClient,
    body: RejectCorrection,
    x_request_id: str | Unset = UNSET,
) -> CorrectionOut | Problem | None:
    """Reject a correction (curators)

     Closes it with the reason the reporter will see.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        correction_id (str): The id the report answered with.
        x_request_id (str | Unset):
        body (RejectCorrection):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectionOut | Problem
    """

    return (
        await asyncio_detailed(
            correction_id=correction_id,
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
