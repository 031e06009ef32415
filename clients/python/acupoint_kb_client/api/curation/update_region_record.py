from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.region_record import RegionRecord
from ...models.update_region_record_patch import UpdateRegionRecordPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    body: UpdateRegionRecordPatch,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/curation/regions/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RegionRecord | None:
    if response.status_code == 200:
        response_200 = RegionRecord.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[Problem | RegionRecord]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRegionRecordPatch,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | RegionRecord]:
    """Change a region record (JSON Merge Patch)

     RFC 7396 JSON Merge Patch: members given replace, `null` removes, objects merge. Needs the record's
    ETag in If-Match: 428 without it, 412 when the record changed.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        slug (str): The record's slug.
        if_match (str | Unset): The record's current ETag (from GET or the last write); required:
            428 without it, 412 when the record has changed since.
        x_request_id (str | Unset):
        body (UpdateRegionRecordPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegionRecord]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRegionRecordPatch,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Problem | RegionRecord | None:
    """Change a region record (JSON Merge Patch)

     RFC 7396 JSON Merge Patch: members given replace, `null` removes, objects merge. Needs the record's
    ETag in If-Match: 428 without it, 412 when the record changed.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        slug (str): The record's slug.
        if_match (str | Unset): The record's current ETag (from GET or the last write); required:
            428 without it, 412 when the record has changed since.
        x_request_id (str | Unset):
        body (UpdateRegionRecordPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegionRecord
    """

    return sync_detailed(
        slug=slug,
        client=client,
        body=body,
        if_match=if_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRegionRecordPatch,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | RegionRecord]:
    """Change a region record (JSON Merge Patch)

     RFC 7396 JSON Merge Patch: members given replace, `null` removes, objects merge. Needs the record's
    ETag in If-Match: 428 without it, 412 when the record changed.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        slug (str): The record's slug.
        if_match (str | Unset): The record's current ETag (from GET or the last write); required:
            428 without it, 412 when the record has changed since.
        x_request_id (str | Unset):
        body (UpdateRegionRecordPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegionRecord]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRegionRecordPatch,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Problem | RegionRecord | None:
    """Change a region record (JSON Merge Patch)

     RFC 7396 JSON Merge Patch: members given replace, `null` removes, objects merge. Needs the record's
    ETag in If-Match: 428 without it, 412 when the record changed.

    Needs an API key of the role `curator` (`Authorization: Bearer <key>`).

    Args:
        slug (str): The record's slug.
        if_match (str | Unset): The record's current ETag (from GET or the last write); required:
            428 without it, 412 when the record has changed since.
        x_request_id (str | Unset):
        body (UpdateRegionRecordPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegionRecord
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
        )
    ).parsed
