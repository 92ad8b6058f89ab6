{#-
  Models incremental by report (materialized='incremental'): a run rebuilds only
  the rows of reports whose landing row changed since the model last built
  them, so adding, changing or deleting one report does not rebuild every mart.

  What a model last built is recorded per model in transform.incremental_state
  (model, report_id, loaded_at, project_digest): its post-hook
  (record_built_reports) copies stg_reports' (report_id, loaded_at) there after
  each successful build. A report is unchanged for a model when that pair is
  still in stg_reports and was recorded by the same dbt project (var
  project_digest, which the pipeline passes: dagster_project/defs/assets/dbt.py;
  it also runs --full-refresh when the project changed, so a changed model or
  seed never meets rows of its old self). Every other report is rebuilt:
  - the pre-hook (delete_changed_reports) deletes the rows of every report not
    unchanged: changed reports, and reports gone from landing.reports;
  - the model selects only the reports to build (where reports_to_build());
  - delete+insert on the unique key then inserts them.
  A first build (no table yet) or --full-refresh builds every report, as a
  table; an unrecorded model (state missing) rebuilds every report.

  A model using these needs `-- depends_on: {{ ref('stg_reports') }}`: dbt
  does not see the ref inside `is_incremental()` when it parses the model.
-#}

{% macro incremental_state() -%}
    transform.incremental_state
{%- endmacro %}

{#- on-run-start: the state table exists before any model reads it. -#}
{% macro create_incremental_state() -%}
    create schema if not exists transform;
    create table if not exists {{ incremental_state() }} (
        model varchar not null,
        report_id varchar not null,
        loaded_at timestamp not null,
        project_digest varchar not null
    )
{%- endmacro %}

{#- The reports whose rows this model holds as the current landing row gives them. -#}
{% macro unchanged_reports() -%}
    select reports.report_id
    from {{ ref('stg_reports') }} as reports
    inner join {{ incremental_state() }} as built
        on built.report_id = reports.report_id
        and built.loaded_at = reports.loaded_at
    where built.model = '{{ this.identifier }}'
      and built.project_digest = '{{ var("project_digest", "") }}'
{%- endmacro %}

{#- A filter: the rows of reports this run must build (every report when not incremental).
    The reports are looked up when the model is compiled and written out as a list:
    a literal list is pushed down through the views below the model (a subquery
    is not, and the views would compute every report's rows first). -#}
{% macro reports_to_build(column='report_id') -%}
    {%- if is_incremental() and execute -%}
        {%- set to_build = run_query(
            "select report_id from " ~ ref('stg_reports') ~ " except " ~ unchanged_reports()
        ).columns[0].values() | sort -%}
        {{ in_list(column, to_build) }}
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{#- pre-hook: drop the rows of changed and deleted reports. -#}
{% macro delete_changed_reports() -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where report_id not in ({{ unchanged_reports() }})
    {%- endif -%}
{%- endmacro %}

{#- post-hook: what this model now holds. -#}
{% macro record_built_reports() -%}
    delete from {{ incremental_state() }} where model = '{{ this.identifier }}';
    insert into {{ incremental_state() }}
    select '{{ this.identifier }}', report_id, loaded_at, '{{ var("project_digest", "") }}'
    from {{ ref('stg_reports') }}
{%- endmacro %}

{#- int_indicator_matches' pre-hook: drop the wordings no fact states any more
    (a wording of a changed report is matched again and replaces its row). -#}
{% macro delete_unstated_wordings() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where not exists (
            select 1 from {{ ref('int_facts_normalised') }} as facts
            where facts.indicator = {{ this }}.indicator and facts.quantity = {{ this }}.quantity
        )
    {%- endif -%}
{%- endmacro %}

{#-
  Models incremental by place: a model that pairs the reports of one place (a target
  with a later report's outcome) changes, when one report changes, for every report
  of that place, and for no other place. Such a model keeps its place key and the
  report ids its rows come from; a run rebuilds the places
  - of the reports changed or new (their key now, `report_key` over stg_reports), and
  - of its rows that came from a report changed or gone (`row_key` over its rows: the
    key they had),
  deleting those places' rows first (pre-hook delete_changed_places) and selecting only
  them (where places_to_build(...)). State is the by-report state above (post-hook
  record_built_reports). The places are looked up when the model compiles, before its
  pre-hook deletes anything, and again when the hook renders: the same list.
-#}
{% macro changed_places(row_key, report_columns, report_key) -%}
    {%- set changed = "select report_id from " ~ ref('stg_reports') ~ " except " ~ unchanged_reports() -%}
    {%- set from_changed -%}
        {%- for column in report_columns -%}
            {{ column }} not in ({{ unchanged_reports() }}){% if not loop.last %} or {% endif -%}
        {%- endfor -%}
    {%- endset -%}
    {%- set places = run_query(
        "select " ~ report_key ~ " from " ~ ref('stg_reports') ~ " where report_id in (" ~ changed ~ ")"
        ~ " union select " ~ row_key ~ " from " ~ this ~ " where " ~ from_changed
    ).columns[0].values() | reject('none') | sort -%}
    {{ return(places) }}
{%- endmacro %}

{#- A filter on ``column`` (the model's place key where it selects): the rows of the
    places this run must build, every place when not incremental. -#}
{% macro places_to_build(column, row_key, report_columns, report_key="coalesce(place, 'unknown')") -%}
    {%- if is_incremental() and execute -%}
        {{ in_list(column, changed_places(row_key, report_columns, report_key)) }}
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{#- pre-hook: drop the rows of the places to build again. -#}
{% macro delete_changed_places(row_key, report_columns, report_key="coalesce(place, 'unknown')") -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where {{ places_to_build(row_key, row_key, report_columns, report_key) }}
    {%- endif -%}
{%- endmacro %}

{#- fct_target_panel_candidates' place key, over its rows, stg_reports and dim_report alike:
    a cell is a division code's (else a place's) period and headline. -#}
{% macro cell_place_key() -%}
    coalesce(admin_code, place, 'unknown')
{%- endmacro %}

{#- ``column`` in a literal list of strings (`in (null)`, true of no row, when empty). -#}
{% macro in_list(column, values) -%}
    {{ column }} in (
        {%- for value in values -%}
            '{{ value | replace("'", "''") }}'{% if not loop.last %}, {% endif %}
        {%- else -%}
            null
        {%- endfor -%}
    )
{%- endmacro %}
