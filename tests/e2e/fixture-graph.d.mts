import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types.js';

export type FixtureGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export function seedsLikeGraph(): FixtureGraph;
export function generateGraph(options?: { nodes?: number; edges?: number; seed?: number; positions?: boolean; isolated?: number; coMentioned?: number; showcase?: boolean }): FixtureGraph;
export function hostileGraph(): FixtureGraph;
