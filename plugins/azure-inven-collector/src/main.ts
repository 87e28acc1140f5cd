import { serve } from '@cloudforet/plugin-core';
import { createPlugin } from './plugin';

void serve(createPlugin());
