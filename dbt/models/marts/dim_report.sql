-- One row per report: what it says about itself and its source file.
-- Where the text gives no year, the year in the file name (guowuyuan-2011)
-- stands in, and report_year_source says so.
with reports as (
    select * from {{ ref('stg_reports') }}
),

final as (
    select
        report_id,
        title,
        place,
        level,
        coalesce(
            report_year,
            try_cast(nullif(regexp_extract(report_id, '(?:^|\D)((?:19|20)\d{2})$', 1), '') as integer)
        ) as report_year,
        case
            when report_year is not null then 'text'
            when regexp_matches(report_id, '(?:^|\D)(?:19|20)\d{2}$') then 'file name'
        end as report_year_source,
        delivered_on,
        source_file,
        sha256,
        size_bytes,
        encoding,
        n_facts,
        loaded_at
    from reports
)

select * from final
