with reports as (
    select * from {{ ref('stg_reports') }}
),

final as (
    select
        report_id,
        title,
        place,
        level,
        report_year,
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
