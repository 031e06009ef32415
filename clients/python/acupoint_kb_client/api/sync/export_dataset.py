from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_dataset_format import ExportDatasetFormat
from ...models.export_document import ExportDocument
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: ExportDatasetFormat | Unset = "json",
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/export",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportDocument | Problem | None:
    if response.status_code == 200:
        response_200 = ExportDocument.from_dict(response.json())

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
) -> Response[ExportDocument | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportDatasetFormat | Unset = "json",
    x_request_id: str | Unset = UNSET,
) -> Response[ExportDocument | Problem]:
    """Export the whole dataset

     Every record of the dataset as one JSON document (`format=json`), or one CSV per kind of record in a
    zip with a `manifest.json` (`format=csv`). Both carry the dataset version, the generation time, the
    `cursor` to pass to /v1/changes, the attribution of every source and SHA-256 checksums:
    `checksum.value` is the SHA-256 of the `records` member, which is sent in canonical form (RFC 8785:
    no whitespace, members sorted by name), and `Repr-Digest` is the body's, as sent. Streamed. `python
    -m app import FILE` loads a JSON export into an empty database.

    Needs an API key of the role `partner` or `curator` (`Authorization: Bearer <key>`).

    Args:
        format_ (ExportDatasetFormat | Unset): `json` or `csv` (a zip of CSV files). Default:
            'json'.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportDocument | Problem]
    """

    kwargs = _get_kwargs(
        format_=format_,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    format_: ExportDatasetFormat | Unset = "json",
    x_request_id: str | Unset = UNSET,
) -> ExportDocument | Problem | None:
    """Export the whole dataset

     Every record of the dataset as one JSON document (`format=json`), or one CSV per kind of record in a
    zip with a `manifest.json` (`format=csv`). Both carry the dataset version, the generation time, the
    `cursor` to pass to /v1/changes, the attribution of every source and SHA-256 checksums:
    `checksum.value` is the SHA-256 of the `records` member, which is sent in canonical form (RFC 8785:
    no whitespace, members sorted by name), and `Repr-Digest` is the body's, as sent. Streamed. `python
    -m app import FILE` loads a JSON export into an empty database.

    Needs an API key of the role `partner` or `curator` (`Authorization: Bearer <key>`).

    Args:
        format_ (ExportDatasetFormat | Unset): `json` or `csv` (a zip of CSV files). Default:
            'json'.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportDocument | Problem
    """

    return sync_detailed(
        client=client,
        format_=format_,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportDatasetFormat | Unset = "json",
    x_request_id: str | Unset = UNSET,
) -> Response[ExportDocument | Problem]:
    """Export the whole dataset

     Every record of the dataset as one JSON document (`format=json`), or one CSV per kind of record in a
    zip with a `manifest.json` (`format=csv`). Both carry the dataset version, the generation time, the
    `cursor` to pass to /v1/changes, the attribution of every source and SHA-256 checksums:
    `checksum.value` is the SHA-256 of the `records` member, which is sent in canonical form (RFC 8785:
    no whitespace, members sorted by name), and `Repr-Digest` is the body's, as sent. Streamed. `python
    -m app import FILE` loads a JSON export into an empty database.

    Needs an API key of the role `partner` or `curator` (`Authorization: Bearer <key>`).

    Args:
        format_ (ExportDatasetFormat | Unset): `json` or `csv` (a zip of CSV files). Default:
            'json'.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportDocument | Problem]
    """

    kwargs = _get_kwargs(
        format_=format_,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: ExportDatasetFormat | Unset = "json",
    x_request_id: str | Unset = UNSET,
) -> ExportDocument | Problem | None:
    """Export the whole dataset

     Every record of the dataset as one JSON document (`format=json`), or one CSV per kind of record in a
    zip with a `manifest.json` (`format=csv`). Both carry the dataset version, the generation time, the
    `cursor` to pass to /v1/changes, the attribution of every source and SHA-256 checksums:
    `checksum.value` is the SHA-256 of the `records` member, which is sent in canonical form (RFC 8785:
    no whitespace, members sorted by name), and `Repr-Digest` is the body's, as sent. Streamed. `python
    -m app import FILE` loads a JSON export into an empty database.

    Needs an API key of the role `partner` or `curator` (`Authorization: Bearer <key>`).

    Args:
        format_ (ExportDatasetFormat | Unset): `json` or `csv` (a zip of CSV files). Default:
            'json'.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportDocument | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
            x_request_id=x_request_id,
        )
    ).parsed
