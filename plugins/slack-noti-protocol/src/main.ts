import { serve } from '@cloudforet/plugin-core';
import { createSlackPlugin } from './plugin';

void serve(createSlackPlugin());
