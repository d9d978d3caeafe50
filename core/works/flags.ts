// The review flags live in ./rules.ts. This re-export is kept only while core/works/app.ts (edited in
// another branch) imports from here; delete the file once that import names ./rules.ts.
export { isFieldInPlan, type PlanFacts, workFlags } from './rules.ts';
