-- Grain: one cell of the target panel of a place below the nation (a province,
-- a city, a county or district), set beside the same cell — same period, same
-- headline indicator — of the level above: a province against the nation (国务院),
-- a city, county or district against its administrative parent
-- (dim_report.parent_code: a prefecture's province, a district's city). The
-- level above stays null where the warehouse has no target of it for the cell.
--
-- target_markup: the place's target bound less the level above's (fct_target_panel.
-- target_bound, the bound each is judged against), in their common unit: a city
-- promising 8%以上 under a province's 7%左右 marks up by 1. outcome_difference: the
-- place's outcome less the level above's. Both only for rates and growth (a
-- city's new jobs are part of its province's, not a markup on them) and where
-- the two state the same unit.
with panel as (
    select * from {{ ref('fct_target_panel') }}
),

lower_cells as (
    select * from panel where level in ('provincial', 'prefecture', 'county', 'district')
),

upper_cells as (
    select * from panel where level in ('national', 'provincial', 'prefecture')
),

paired as (
    select
        lower_cells.*,
        upper_cells.place as upper_place,
        upper_cells.admin_code as upper_admin_code,
        upper_cells.level as upper_level,
        upper_cells.target_report_id as upper_target_report_id,
        upper_cells.target_text as upper_target_text,
        upper_cells.target_qualifier as upper_target_qualifier,
        upper_cells.target_bound as upper_target_bound,
        upper_cells.unit as upper_unit,
        upper_cells.outcome_text as upper_outcome_text,
        upper_cells.outcome_value as upper_outcome_value,
        upper_cells.outcome_unit as upper_outcome_unit,
        upper_cells.outcome_status as upper_outcome_status,
        upper_cells.result as upper_result,
        lower_cells.kind <> 'value' as is_rate
    from lower_cells
    left join upper_cells
        on upper_cells.period_id = lower_cells.period_id
        and upper_cells.headline_code = lower_cells.headline_code
        and (
            (lower_cells.level = 'provincial' and upper_cells.level = 'national')
            or (lower_cells.level <> 'provincial' and upper_cells.admin_code = lower_cells.parent_code)
        )
),

final as (
    select
        cell_id,
        place,
        admin_code,
        level,
        upper_place,
        upper_admin_code,
        upper_level,
        period_id,
        period_type,
        plan_name,
        headline_code,
        headline_name,
        kind,
        unit,
        target_report_id,
        target_text,
        target_qualifier,
        target_bound,
        upper_target_report_id,
        upper_target_text,
        upper_target_qualifier,
        upper_target_bound,
        case when is_rate and unit = upper_unit then round(target_bound - upper_target_bound, 6) end
            as target_markup,
        outcome_text,
        outcome_value,
        outcome_status,
        upper_outcome_text,
        upper_outcome_value,
        upper_outcome_status,
        case when is_rate and outcome_unit = upper_outcome_unit then round(outcome_value - upper_outcome_value, 6) end
            as outcome_difference,
        result,
        upper_result
    from paired
)

select * from final
