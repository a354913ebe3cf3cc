export * from './model/document.js';
export { analyse, createDocument, runPipeline, planStages } from './pipeline/run.js';
export { STAGE_NAMES, type StageName, type PipelineOptions } from './pipeline/stage.js';
export { STAGES } from './pipeline/stages.js';
