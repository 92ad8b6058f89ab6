with source as (
    select * from {{ source('staging', 'reports') }}
),

final as (
    select
        report_id,
        source_file,
        sha256,
        size_bytes,
        encoding,
        n_chars,
        title,
        place,
        level,
        report_year,
        delivered_on,
        n_facts,
        loaded_at
    from source
)

select * from final
