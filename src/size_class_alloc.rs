//! The embed build's memory allocator (feature `size-class-alloc`): one free list per
//! power-of-two size class, with new blocks cut from the end of the wasm memory as it grows.
//! It is a few kB smaller than the standard library's dlmalloc, and every kB ships to each
//! reader. A freed block goes back to its class and serves the next request of that class, so
//! over a long session the memory stays near the peak each class ever needed, instead of
//! fragmenting as a first-fit allocator's free list does. The cost is rounding every block up
//! to a power of two. The wasm build has no threads, so the state needs no lock.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32::memory_grow;
use core::cell::UnsafeCell;
use core::ptr::null_mut;

const PAGE: usize = 65536;
/// The smallest block holds the free list's link to the next block.
const MIN_BLOCK: usize = size_of::<*mut u8>();
const CLASSES: usize = usize::BITS as usize;

struct State {
    /// The first free block of each class (class `k` holds blocks of `2^k` bytes).
    free: [*mut u8; CLASSES],
    /// The unused memory at the end: blocks are cut from `next` up to `end`.
    next: usize,
    end: usize,
}

pub struct SizeClassAlloc {
    state: UnsafeCell<State>,
}

// Safety: wasm32-unknown-unknown without the atomics feature runs one thread.
unsafe impl Sync for SizeClassAlloc {}

impl SizeClassAlloc {
    pub const fn new() -> Self {
        SizeClassAlloc {
            state: UnsafeCell::new(State {
                free: [null_mut(); CLASSES],
                next: 0,
                end: 0,
            }),
        }
    }
}

impl Default for SizeClassAlloc {
    fn default() -> Self {
        Self::new()
    }
}

/// The class of a request: its size, raised to its alignment and rounded up to a power of two.
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(MIN_BLOCK);
    Some(size.checked_next_power_of_two()?.trailing_zeros() as usize)
}

fn align_up(at: usize, align: usize) -> Option<usize> {
    Some(at.checked_add(align - 1)? & !(align - 1))
}

impl State {
    /// A new block of `size` bytes aligned to `align`, from the end of memory.
    fn cut(&mut self, size: usize, align: usize) -> Option<usize> {
        let start = align_up(self.next, align)?;
        if start.checked_add(size)? <= self.end {
            self.next = start + size;
            return Some(start);
        }
        // Enough whole pages for the block wherever the new memory starts. It continues ours
        // unless this is the first block or something else grew the memory in between.
        let pages = size.checked_add(align)?.div_ceil(PAGE);
        let previous = memory_grow(0, pages);
        if previous == usize::MAX {
            return None;
        }
        let base = previous.checked_mul(PAGE)?;
        if base != self.end {
            self.next = base;
        }
        self.end = base.checked_add(pages.checked_mul(PAGE)?)?;
        let start = align_up(self.next, align)?;
        self.next = start + size;
        Some(start)
    }
}

unsafe impl GlobalAlloc for SizeClassAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // Blocks are aligned to their size up to a page; nothing here asks for more.
        let Some(class) = class_of(layout).filter(|_| layout.align() <= PAGE) else {
            return null_mut();
        };
        let state = &mut *self.state.get();
        let head = state.free[class];
        if !head.is_null() {
            state.free[class] = head.cast::<*mut u8>().read();
            return head;
        }
        let size = 1usize << class;
        match state.cut(size, size.min(PAGE)) {
            Some(at) => at as *mut u8,
            None => null_mut(),
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout) {
            let state = &mut *self.state.get();
            ptr.cast::<*mut u8>().write(state.free[class]);
            state.free[class] = ptr;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        // A string or vector that grows within its block stays where it is.
        if class_of(layout) == class_of(new_layout) {
            return ptr;
        }
        let moved = self.alloc(new_layout);
        if !moved.is_null() {
            core::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        moved
    }
}
