import { useEffect, useState } from 'react';
import { workflowsApi, type ValidationProblem, type WorkflowDefinition } from '../../api/workflows';

/** Asks the server's validator about the canvas shortly after each edit; "pending" until the answer for the latest edit is in. */
export function useValidation(definition: WorkflowDefinition | null, content: string, enabled = true) {
  const [result, setResult] = useState<{ content: string; problem: ValidationProblem | null; failed?: boolean } | null>(null);
  useEffect(() => {
    if (!enabled || !definition || !content) return;
    let stale = false;
    const timer = setTimeout(() => {
      workflowsApi
        .validate(definition)
        .then((problem) => !stale && setResult({ content, problem }))
        .catch(() => !stale && setResult({ content, problem: null, failed: true }));
    }, 400);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // The content string stands for the definition; the object changes identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);
  const pending = !result || result.content !== content;
  return {
    pending,
    failed: !pending && !!result?.failed,
    problem: result?.problem ?? null,
    valid: !pending && !result?.failed && !result?.problem,
  };
}
