-- One row per report: who delivered it (place, level of government, official
-- division code and parent), when, its title and where it was published, and
-- its source file. Each attribute's *_source column says which witness gave it:
-- the file's front matter, its path in the collection, or the text.
-- The report's text itself stays in landing.reports.text (offsets index it).
with reports as (
    select * from {{ ref('stg_reports') }}
),

final as (
    select
        report_id,
        title,
        coalesce(place, 'unknown') as place,
        level,
        admin_code,
        parent_place,
        parent_code,
        province,
        province_code,
        place_source,
        report_year,
        year_source as report_year_source,
        delivered_on,
        source_url,
        source_file,
        format,
        sha256,
        size_bytes,
        encoding,
        n_facts,
        loaded_at
    from reports
)

select * from final
