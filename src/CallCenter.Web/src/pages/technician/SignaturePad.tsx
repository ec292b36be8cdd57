import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';

export interface SignaturePadHandle {
  isEmpty(): boolean;
  clear(): void;
  /** The signature as a PNG data URL ("data:image/png;base64,…"), or null when nothing was drawn. */
  toDataUrl(): string | null;
}

interface Props {
  height?: number;
  onChange?: (empty: boolean) => void;
  testId?: string;
}

/**
 * The customer signs with a finger or a stylus. Pointer events cover mouse, pen and touch in current browsers;
 * touch events are the fallback for older Android WebViews. touch-action: none keeps the page from scrolling
 * under the finger. The canvas is sized in device pixels so the line is sharp on a phone's dense screen.
 */
const SignaturePad = forwardRef<SignaturePadHandle, Props>(function SignaturePad({ height = 180, onChange, testId }, ref) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [empty, setEmpty] = useState(true);
  const emptyRef = useRef(true);

  const markDrawn = useCallback(() => {
    if (emptyRef.current) {
      emptyRef.current = false;
      setEmpty(false);
      onChange?.(false);
    }
  }, [onChange]);

  const resize = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = Math.max(1, window.devicePixelRatio || 1);
    const width = canvas.clientWidth;
    if (canvas.width === Math.round(width * ratio)) return;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(ratio, ratio);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111';
    // Resizing wipes the canvas, so a half-drawn signature is gone: say so.
    emptyRef.current = true;
    setEmpty(true);
  }, [height]);

  useEffect(() => {
    resize();
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, [resize]);

  const point = (clientX: number, clientY: number) => {
    const rect = canvasRef.current!.getBoundingClientRect();
    return { x: clientX - rect.left, y: clientY - rect.top };
  };

  const start = (x: number, y: number) => {
    drawing.current = true;
    last.current = point(x, y);
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    // A tap leaves a dot, as a pen would.
    context.beginPath();
    context.arc(last.current.x, last.current.y, 1.2, 0, Math.PI * 2);
    context.fillStyle = '#111';
    context.fill();
    markDrawn();
  };

  const move = (x: number, y: number) => {
    if (!drawing.current || !last.current) return;
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const next = point(x, y);
    context.beginPath();
    context.moveTo(last.current.x, last.current.y);
    context.lineTo(next.x, next.y);
    context.stroke();
    last.current = next;
    markDrawn();
  };

  const end = () => {
    drawing.current = false;
    last.current = null;
  };

  useImperativeHandle(
    ref,
    () => ({
      isEmpty: () => emptyRef.current,
      clear: () => {
        const canvas = canvasRef.current;
        const context = canvas?.getContext('2d');
        if (canvas && context) {
          context.save();
          context.setTransform(1, 0, 0, 1, 0, 0);
          context.clearRect(0, 0, canvas.width, canvas.height);
          context.restore();
        }
        emptyRef.current = true;
        setEmpty(true);
        onChange?.(true);
      },
      toDataUrl: () => {
        const canvas = canvasRef.current;
        return canvas && !emptyRef.current ? canvas.toDataURL('image/png') : null;
      },
    }),
    [onChange],
  );

  const supportsPointer = typeof window !== 'undefined' && 'PointerEvent' in window;

  return (
    <canvas
      ref={canvasRef}
      data-testid={testId}
      data-empty={empty ? 'true' : 'false'}
      className="cc-signature"
      style={{ width: '100%', height, touchAction: 'none', display: 'block' }}
      {...(supportsPointer
        ? {
            onPointerDown: (e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              start(e.clientX, e.clientY);
            },
            onPointerMove: (e) => move(e.clientX, e.clientY),
            onPointerUp: end,
            onPointerCancel: end,
          }
        : {
            onTouchStart: (e) => start(e.touches[0].clientX, e.touches[0].clientY),
            onTouchMove: (e) => move(e.touches[0].clientX, e.touches[0].clientY),
            onTouchEnd: end,
            onMouseDown: (e) => start(e.clientX, e.clientY),
            onMouseMove: (e) => move(e.clientX, e.clientY),
            onMouseUp: end,
            onMouseLeave: end,
          })}
    />
  );
});

export default SignaturePad;
