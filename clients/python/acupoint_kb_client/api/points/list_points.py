from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category import Category
from ...models.evidence import Evidence
from ...models.point_kind import PointKind
from ...models.point_list import PointList
from ...models.point_sort import PointSort
from ...models.problem import Problem
from ...models.unsafe_policy import UnsafePolicy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    condition: list[str] | Unset = UNSET,
    symptom: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    meridian: list[str] | Unset = UNSET,
    category: list[Category] | Unset = UNSET,
    evidence: list[Evidence] | Unset = UNSET,
    kind: PointKind | Unset = UNSET,
    q: str | Unset = UNSET,
    pregnant: bool | Unset = False,
    skin_issue_region: list[str] | Unset = UNSET,
    pain_persists: bool | Unset = False,
    unsafe: UnsafePolicy | Unset = UNSET,
    sort: PointSort | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_condition: list[str] | Unset = UNSET
    if not isinstance(condition, Unset):
        json_condition = condition

    params["condition"] = json_condition

    json_symptom: list[str] | Unset = UNSET
    if not isinstance(symptom, Unset):
        json_symptom = symptom

    params["symptom"] = json_symptom

    json_region: list[str] | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region

    params["region"] = json_region

    json_meridian: list[str] | Unset = UNSET
    if not isinstance(meridian, Unset):
        json_meridian = meridian

    params["meridian"] = json_meridian

    json_category: list[str] | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = []
        for category_item_data in category:
            category_item: str = category_item_data
            json_category.append(category_item)

    params["category"] = json_category

    json_evidence: list[str] | Unset = UNSET
    if not isinstance(evidence, Unset):
        json_evidence = []
        for evidence_item_data in evidence:
            evidence_item: str = evidence_item_data
            json_evidence.append(evidence_item)

    params["evidence"] = json_evidence

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    params["q"] = q

    params["pregnant"] = pregnant

    json_skin_issue_region: list[str] | Unset = UNSET
    if not isinstance(skin_issue_region, Unset):
        json_skin_issue_region = skin_issue_region

    params["skin_issue_region"] = json_skin_issue_region

    params["pain_persists"] = pain_persists

    json_unsafe: str | Unset = UNSET
    if not isinstance(unsafe, Unset):
        json_unsafe = unsafe

    params["unsafe"] = json_unsafe

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/points",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PointList | Problem | None:
    if response.status_code == 200:
        response_200 = PointList.from_dict(response.json())

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
) -> Response[Any | PointList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    condition: list[str] | Unset = UNSET,
    symptom: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    meridian: list[str] | Unset = UNSET,
    category: list[Category] | Unset = UNSET,
    evidence: list[Evidence] | Unset = UNSET,
    kind: PointKind | Unset = UNSET,
    q: str | Unset = UNSET,
    pregnant: bool | Unset = False,
    skin_issue_region: list[str] | Unset = UNSET,
    pain_persists: bool | Unset = False,
    unsafe: UnsafePolicy | Unset = UNSET,
    sort: PointSort | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | PointList | Problem]:
    """Find points by condition, symptom, region, meridian or text

     Filters combine. `condition` takes a slug or any synonym; `symptom` takes free text (typo tolerant:
    `sore calfs`, `back pain after the gym`, `DOMS`) and reports how it was read in `understood_as`.
    With several conditions or symptoms, points that help with more of them rank first. `region`
    includes sub-regions. A person's situation (`pregnant`, `skin_issue_region`, `pain_persists`) leaves
    out the points to avoid (listed in `excluded` with the reason) or, with `unsafe=flag`, keeps them
    with their verdict. Unknown parameters are rejected.

    Args:
        condition (list[str] | Unset): Condition slug or any synonym; repeat for several.
        symptom (list[str] | Unset): Free text describing a symptom (at most 12 words), typo
            tolerant; repeat for several. Points that help with more of them rank higher.
        region (list[str] | Unset): Body region slug or synonym (`lower-leg`), sub-regions
            included; repeat for any of several.
        meridian (list[str] | Unset): Meridian code or another spelling of it (ST, UB, Bladder);
            repeatable.
        category (list[Category] | Unset): Special-point category (see /v1/categories); repeat for
            any of several.
        evidence (list[Evidence] | Unset): Only claims resting on this kind of support
            (`traditional`, `anecdotal`, `clinical`); repeat for any of several. With `condition` or
            `symptom`, the claims for them; otherwise any claim of the point.
        kind (PointKind | Unset):
        q (str | Unset): Text search over names, aliases, locations and benefits (at most 12
            words).
        pregnant (bool | Unset): Apply the cautions for pregnancy. Default: False.
        skin_issue_region (list[str] | Unset): Region with an open wound, bruise or skin
            condition; repeatable.
        pain_persists (bool | Unset): Pain persists or worsens: every point says see a
            professional. Default: False.
        unsafe (UnsafePolicy | Unset):
        sort (PointSort | Unset):
        limit (int | Unset): Page size. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PointList | Problem]
    """

    kwargs = _get_kwargs(
        condition=condition,
        symptom=symptom,
        region=region,
        meridian=meridian,
        category=category,
        evidence=evidence,
        kind=kind,
        q=q,
        pregnant=pregnant,
        skin_issue_region=skin_issue_region,
        pain_persists=pain_persists,
        unsafe=unsafe,
        sort=sort,
        limit=limit,
        offset=offset,
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
    condition: list[str] | Unset = UNSET,
    symptom: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    meridian: list[str] | Unset = UNSET,
    category: list[Category] | Unset = UNSET,
    evidence: list[Evidence] | Unset = UNSET,
    kind: PointKind | Unset = UNSET,
    q: str | Unset = UNSET,
    pregnant: bool | Unset = False,
    skin_issue_region: list[str] | Unset = UNSET,
    pain_persists: bool | Unset = False,
    unsafe: UnsafePolicy | Unset = UNSET,
    sort: PointSort | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Any | PointList | Problem | None:
    """Find points by condition, symptom, region, meridian or text

     Filters combine. `condition` takes a slug or any synonym; `symptom` takes free text (typo tolerant:
    `sore calfs`, `back pain after the gym`, `DOMS`) and reports how it was read in `understood_as`.
    With several conditions or symptoms, points that help with more of them rank first. `region`
    includes sub-regions. A person's situation (`pregnant`, `skin_issue_region`, `pain_persists`) leaves
    out the points to avoid (listed in `excluded` with the reason) or, with `unsafe=flag`, keeps them
    with their verdict. Unknown parameters are rejected.

    Args:
        condition (list[str] | Unset): Condition slug or any synonym; repeat for several.
        symptom (list[str] | Unset): Free text describing a symptom (at most 12 words), typo
            tolerant; repeat for several. Points that help with more of them rank higher.
        region (list[str] | Unset): Body region slug or synonym (`lower-leg`), sub-regions
            included; repeat for any of several.
        meridian (list[str] | Unset): Meridian code or another spelling of it (ST, UB, Bladder);
            repeatable.
        category (list[Category] | Unset): Special-point category (see /v1/categories); repeat for
            any of several.
        evidence (list[Evidence] | Unset): Only claims resting on this kind of support
            (`traditional`, `anecdotal`, `clinical`); repeat for any of several. With `condition` or
            `symptom`, the claims for them; otherwise any claim of the point.
        kind (PointKind | Unset):
        q (str | Unset): Text search over names, aliases, locations and benefits (at most 12
            words).
        pregnant (bool | Unset): Apply the cautions for pregnancy. Default: False.
        skin_issue_region (list[str] | Unset): Region with an open wound, bruise or skin
            condition; repeatable.
        pain_persists (bool | Unset): Pain persists or worsens: every point says see a
            professional. Default: False.
        unsafe (UnsafePolicy | Unset):
        sort (PointSort | Unset):
        limit (int | Unset): Page size. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PointList | Problem
    """

    return sync_detailed(
        client=client,
        condition=condition,
        symptom=symptom,
        region=region,
        meridian=meridian,
        category=category,
        evidence=evidence,
        kind=kind,
        q=q,
        pregnant=pregnant,
        skin_issue_region=skin_issue_region,
        pain_persists=pain_persists,
        unsafe=unsafe,
        sort=sort,
        limit=limit,
        offset=offset,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    condition: list[str] | Unset = UNSET,
    symptom: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    meridian: list[str] | Unset = UNSET,
    category: list[Category] | Unset = UNSET,
    evidence: list[Evidence] | Unset = UNSET,
    kind: PointKind | Unset = UNSET,
    q: str | Unset = UNSET,
    pregnant: bool | Unset = False,
    skin_issue_region: list[str] | Unset = UNSET,
    pain_persists: bool | Unset = False,
    unsafe: UnsafePolicy | Unset = UNSET,
    sort: PointSort | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | PointList | Problem]:
    """Find points by condition, symptom, region, meridian or text

     Filters combine. `condition` takes a slug or any synonym; `symptom` takes free text (typo tolerant:
    `sore calfs`, `back pain after the gym`, `DOMS`) and reports how it was read in `understood_as`.
    With several conditions or symptoms, points that help with more of them rank first. `region`
    includes sub-regions. A person's situation (`pregnant`, `skin_issue_region`, `pain_persists`) leaves
    out the points to avoid (listed in `excluded` with the reason) or, with `unsafe=flag`, keeps them
    with their verdict. Unknown parameters are rejected.

    Args:
        condition (list[str] | Unset): Condition slug or any synonym; repeat for several.
        symptom (list[str] | Unset): Free text describing a symptom (at most 12 words), typo
            tolerant; repeat for several. Points that help with more of them rank higher.
        region (list[str] | Unset): Body region slug or synonym (`lower-leg`), sub-regions
            included; repeat for any of several.
        meridian (list[str] | Unset): Meridian code or another spelling of it (ST, UB, Bladder);
            repeatable.
        category (list[Category] | Unset): Special-point category (see /v1/categories); repeat for
            any of several.
        evidence (list[Evidence] | Unset): Only claims resting on this kind of support
            (`traditional`, `anecdotal`, `clinical`); repeat for any of several. With `condition` or
            `symptom`, the claims for them; otherwise any claim of the point.
        kind (PointKind | Unset):
        q (str | Unset): Text search over names, aliases, locations and benefits (at most 12
            words).
        pregnant (bool | Unset): Apply the cautions for pregnancy. Default: False.
        skin_issue_region (list[str] | Unset): Region with an open wound, bruise or skin
            condition; repeatable.
        pain_persists (bool | Unset): Pain persists or worsens: every point says see a
            professional. Default: False.
        unsafe (UnsafePolicy | Unset):
        sort (PointSort | Unset):
        limit (int | Unset): Page size. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PointList | Problem]
    """

    kwargs = _get_kwargs(
        condition=condition,
        symptom=symptom,
        region=region,
        meridian=meridian,
        category=category,
        evidence=evidence,
        kind=kind,
        q=q,
        pregnant=pregnant,
        skin_issue_region=skin_issue_region,
        pain_persists=pain_persists,
        unsafe=unsafe,
        sort=sort,
        limit=limit,
        offset=offset,
        if_none_match=if_none_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    condition: list[str] | Unset = UNSET,
    symptom: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    meridian: list[str] | Unset = UNSET,
    category: list[Category] | Unset = UNSET,
    evidence: list[Evidence] | Unset = UNSET,
    kind: PointKind | Unset = UNSET,
    q: str | Unset = UNSET,
    pregnant: bool | Unset = False,
    skin_issue_region: list[str] | Unset = UNSET,
    pain_persists: bool | Unset = False,
    unsafe: UnsafePolicy | Unset = UNSET,
    sort: PointSort | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Any | PointList | Problem | None:
    """Find points by condition, symptom, region, meridian or text

     Filters combine. `condition` takes a slug or any synonym; `symptom` takes free text (typo tolerant:
    `sore calfs`, `back pain after the gym`, `DOMS`) and reports how it was read in `understood_as`.
    With several conditions or symptoms, points that help with more of them rank first. `region`
    includes sub-regions. A person's situation (`pregnant`, `skin_issue_region`, `pain_persists`) leaves
    out the points to avoid (listed in `excluded` with the reason) or, with `unsafe=flag`, keeps them
    with their verdict. Unknown parameters are rejected.

    Args:
        condition (list[str] | Unset): Condition slug or any synonym; repeat for several.
        symptom (list[str] | Unset): Free text describing a symptom (at most 12 words), typo
            tolerant; repeat for several. Points that help with more of them rank higher.
        region (list[str] | Unset): Body region slug or synonym (`lower-leg`), sub-regions
            included; repeat for any of several.
        meridian (list[str] | Unset): Meridian code or another spelling of it (ST, UB, Bladder);
            repeatable.
        category (list[Category] | Unset): Special-point category (see /v1/categories); repeat for
            any of several.
        evidence (list[Evidence] | Unset): Only claims resting on this kind of support
            (`traditional`, `anecdotal`, `clinical`); repeat for any of several. With `condition` or
            `symptom`, the claims for them; otherwise any claim of the point.
        kind (PointKind | Unset):
        q (str | Unset): Text search over names, aliases, locations and benefits (at most 12
            words).
        pregnant (bool | Unset): Apply the cautions for pregnancy. Default: False.
        skin_issue_region (list[str] | Unset): Region with an open wound, bruise or skin
            condition; repeatable.
        pain_persists (bool | Unset): Pain persists or worsens: every point says see a
            professional. Default: False.
        unsafe (UnsafePolicy | Unset):
        sort (PointSort | Unset):
        limit (int | Unset): Page size. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PointList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            condition=condition,
            symptom=symptom,
            region=region,
            meridian=meridian,
            category=category,
            evidence=evidence,
            kind=kind,
            q=q,
            pregnant=pregnant,
            skin_issue_region=skin_issue_region,
            pain_persists=pain_persists,
            unsafe=unsafe,
            sort=sort,
            limit=limit,
            offset=offset,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
        )
    ).parsed
