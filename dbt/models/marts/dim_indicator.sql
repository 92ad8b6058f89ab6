-- Grain: one indicator wording as the reports state it, classified through the
-- catalogue (built in int_indicator_wordings, which the target matching reads too).
with wordings as (
    select * from {{ ref('int_indicator_wordings') }}
),

final as (
    select
        indicator_id,
        indicator_name,
        quantity,
        indicator_code,
        canonical_name,
        name_en,
        sector,
        domain,
        price_basis,
        target_direction,
        matched_by,
        matched_term,
        is_classified,
        catch_all,
        comparison_key
    from wordings
)

select * from final
