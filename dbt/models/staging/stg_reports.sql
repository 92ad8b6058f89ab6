with source as (
    select * from {{ source('landing', 'reports') }}
),

final as (
    select
        report_id,
        source_file,
        format,
        sha256,
        size_bytes,
        nullif(encoding, '') as encoding,
        n_chars,
        title,
        place,
        level,
        admin_code,
        parent_place,
        parent_code,
        province,
        province_code,
        place_source,
        report_year,
        year_source,
        delivered_on,
        source_url,
        n_facts,
        loaded_at
    from source
)

select * from final
